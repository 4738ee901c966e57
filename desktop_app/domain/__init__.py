"""Pure rules of Finish Strong: no Qt, no peewee, only the standard library.

Everything here can be tested without a display or a database.
"""
