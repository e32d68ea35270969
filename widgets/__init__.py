"""Qt widgets of Samskap: the window, the board, its items and dialogs."""
