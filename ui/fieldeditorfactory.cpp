// placeholder: fieldeditorfactory
