from foedus.cli import main

main()
