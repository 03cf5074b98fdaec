"""Finding residents in a keystroke: search keys derived from each resident, and the query over them."""
