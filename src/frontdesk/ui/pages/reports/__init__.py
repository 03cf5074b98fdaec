"""统计 Reports: the dashboard's charts, the monthly report and the partners' record."""
