"""Stories: syndicated copies now; story clustering and coverage comparison to come."""
