"""Demo content in English, French and Dutch: pure data, read by the builders."""
