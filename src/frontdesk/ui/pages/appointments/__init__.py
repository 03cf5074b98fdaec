"""预约 Appointments: the care station and partners' bookings (a placeholder until they arrive)."""
