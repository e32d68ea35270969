"""The screen: one package per feature (README "Layout of the code")."""
