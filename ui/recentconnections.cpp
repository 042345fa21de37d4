// placeholder: recentconnections
