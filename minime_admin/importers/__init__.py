"""Shop data in: WooCommerce REST, CSV, web-server logs, e-mail files (later issues)."""
