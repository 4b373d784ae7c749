#!/usr/bin/env bash
# Makes DejaVuSans.ttf and DejaVuSans-Bold.ttf here: Debian's DejaVu Sans 2.37 (fonts-dejavu-core)
# cut down to the Latin script with fonttools' pyftsubset. Run it again only to change the set;
# the fonts it writes are committed, nothing runs it at build time.
#
# Why a subset: PdfPig subsets each embedded font again for every PDF it writes, and its time
# grows with the glyphs in the font: the whole DejaVu Sans (about 6 000 glyphs) cost about 45 ms of
# CPU a letter, the Latin subset (about 1 000) about 5 ms (`render` benchmark, docs/notices.md).
#
# The set, and the assumption behind it: names and addresses on letters come from the population
# register, which records them in the Latin script (Finnish, Swedish and Sámi letters, and
# foreign names in Latin letters with their diacritics). So: Basic Latin, Latin-1, Latin
# Extended-A and -B (Sámi Ǥ Ǧ Ǩ Ǯ, Romanian ș ț), ʒ and the modifier letters (Skolt Sámi ʹ), the
# combining diacritics (names stored decomposed), Latin Extended Additional (Vietnamese), and the
# punctuation, currency (€), letterlike, arrow and minus signs the letters use. A character
# outside it prints as '?' on the PDF letter (LetterFonts.Drawable), as any character DejaVu
# lacks always has; emails and HTML letters show it as it is.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v pyftsubset >/dev/null || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  apt-get install -y --no-install-recommends fonttools fonts-dejavu-core
fi

unicodes="U+0020-007E,U+00A0-024F,U+0292,U+02B0-02FF,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2199,U+2212,U+2215,U+FFFD"
for font in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "/usr/share/fonts/truetype/dejavu/$font.ttf" --unicodes="$unicodes" \
    --layout-features='*' --name-IDs='*' --name-languages='*' --notdef-outline --glyph-names --legacy-kern \
    --drop-tables+=FFTM --output-file="$font.ttf"
done
