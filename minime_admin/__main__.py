from minime_admin.cli import main

raise SystemExit(main())
