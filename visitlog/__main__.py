from visitlog.cli.root import main

main()
