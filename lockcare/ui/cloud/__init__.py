"""The Tuya cloud page and the harvest while the window is open."""
