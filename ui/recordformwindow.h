// placeholder: recordformwindow
