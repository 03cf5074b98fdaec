"""课程与教室 Classes and rooms (a placeholder until they arrive)."""
