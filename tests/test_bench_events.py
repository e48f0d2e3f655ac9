"""The PLOVER bench's command line: it takes the gold file or its folder, and a wrong path is an error, not a
traceback."""

import json

import pytest

from bench import events as bench_events


def test_the_gold_file_is_found_in_its_folder(tmp_path):
    gold = tmp_path / bench_events.DEFAULT_PATH.name
    gold.write_text(json.dumps([]), "utf-8")
    assert bench_events.gold_file(tmp_path) == gold
    assert bench_events.gold_file(gold) == gold


@pytest.mark.parametrize("content", [None, '{"id":'], ids=["missing", "not JSON"])
def test_a_path_with_no_gold_file_is_a_usage_error_that_names_it(tmp_path, capsys, content):
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, "utf-8")
    with pytest.raises(SystemExit) as exit_info:
        bench_events.main([str(path)])
    assert exit_info.value.code == 2
    assert f"{path}: not a PLOVER gold file" in capsys.readouterr().err
