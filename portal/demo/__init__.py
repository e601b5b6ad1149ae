"""Demo content: a realistic French site written afresh from the programme's facts."""
