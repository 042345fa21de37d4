// placeholder: tablebrowser
