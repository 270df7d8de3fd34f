"""Small pure functions that turn mentions into canonical values."""
