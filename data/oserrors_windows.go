package data

var platformErrnos = windowsErrnos
