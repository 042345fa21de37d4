// placeholder: mainwindow
