// placeholder: connectiondialog
