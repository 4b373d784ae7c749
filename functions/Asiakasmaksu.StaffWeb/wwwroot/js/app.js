// Small helpers the Blazor app calls: focus an element by id (error summary links, after navigation).
window.staffApp = {
    focus: function (id) {
        var element = document.getElementById(id);
        if (element) {
            element.focus();
        }
    }
};

// Saves text as a file the browser downloads (the rejected lines of a billing file, read with the signed-in key).
window.staffApp.download = function (name, text) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
};

// Opens a file read with the signed-in key (a notice's PDF letter or email) in a new tab; where the
// browser blocks the tab, saves it instead. Returns "opened" or "saved".
window.staffApp.openFile = function (name, type, bytes) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var tab = window.open(url, "_blank");
    var how = "opened";
    if (!tab) {
        var link = document.createElement("a");
        link.href = url;
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        how = "saved";
    }
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    return how;
};
