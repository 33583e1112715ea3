"""Round 20 (set W), PC area: a council's service named after special educational needs in the
letterhead is not Section B, so the front matter under it (age, year group) is still read."""

from ehcaudit.reader.headings import classify


def test_service_name_in_letterhead_is_not_section_b():
    assert classify("Special Educational Needs and Disabilities (SEND) Casework and Placement Service", "strong") is None
    assert classify("Special Educational Needs Assessment Team", "strong") is None
    assert classify("Special Educational Needs Department", "cell") is None


def test_section_b_titles_still_headings():
    assert classify("Special educational needs and disabilities", "strong") == "B"
    assert classify("Special educational needs (identified by the assessment)", "strong") == "B"
    assert classify("Section B: Special educational needs", "strong") == "B"
    assert classify("B – Special Educational Needs", "cell") == "B"
