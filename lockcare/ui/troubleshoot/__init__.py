"""The troubleshooter screen: symptom picker, steps with pictures and tools, end page."""
