// placeholder: icons
