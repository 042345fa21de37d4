// placeholder: conflictdialog
