from ketacheck.cli import main

main()
