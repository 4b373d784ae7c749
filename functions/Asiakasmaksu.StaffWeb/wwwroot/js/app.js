// Small helpers the Blazor app calls: focus an element by id (error summary links, after navigation).
window.staffApp = {
    focus: function (id) {
        var element = document.getElementById(id);
        if (element) {
            element.focus();
        }
    }
};
