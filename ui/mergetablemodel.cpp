// placeholder: mergetablemodel
