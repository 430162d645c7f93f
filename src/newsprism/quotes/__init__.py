"""Who said what: quotation detection, speaker attribution, and the quotation metric."""
