"""Demo data: the 14 example situations (examples.json), built by packaging/build_demo_examples.py."""
