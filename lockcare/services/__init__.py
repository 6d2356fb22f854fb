"""lockcare.services"""
