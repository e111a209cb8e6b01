package workspace

var platformErrnos = windowsErrnos
