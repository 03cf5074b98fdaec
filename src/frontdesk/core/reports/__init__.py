"""What the center did: the dashboard's figures, the monthly report (月报) and the partners' record, as plain data."""
