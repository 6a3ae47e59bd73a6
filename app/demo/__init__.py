"""Fictitious demo registers (small: the 14 BOOST example situations; large: 5,000 situations)."""
