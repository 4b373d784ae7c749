// Types shared by main.bicep and its modules.

@export()
@description('A text in the three languages notices are written in.')
type localizedText = {
  fi: string
  sv: string
  en: string
}

@export()
@description('The welfare area as every notice prints it (the app binds it from Asiakasmaksu__Issuer__*; core/Asiakasmaksu.Rendering/IssuerProfile.cs). The app refuses to start when a field is missing or the IBAN is not a valid Finnish IBAN.')
type issuerProfile = {
  @description('The welfare area\'s name.')
  name: localizedText
  street: string
  postalCode: string
  city: string
  @description('Business id (Y-tunnus).')
  businessId: string
  @description('The account clients pay to (Finnish IBAN); also in the virtual bank barcode.')
  iban: string
  bic: string
  @description('Client-fee phone service.')
  phone: string
  @description('Client-fee email address shown on notices.')
  email: string
  @description('Who decides rectification claims (Act 734/1992 15 §).')
  rectificationAuthority: localizedText
  rectificationStreet: string
  rectificationPostalCode: string
  rectificationCity: string
}
