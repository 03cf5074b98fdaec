"""Who is at the desk: sign-in, the first administrator, changing a password, and the lock screen."""
