from newsjson.cli.main import run

run()
