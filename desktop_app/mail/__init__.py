"""Mail: the SMTP password in the OS keyring, sending over SMTP, mailto links and .eml drafts.

Imported only when the user composes or sends (smtplib and keyring are not on the start-up path).
"""
