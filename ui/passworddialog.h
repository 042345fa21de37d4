// placeholder: passworddialog
