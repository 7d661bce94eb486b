from visitlog.cli.front import main

main()
