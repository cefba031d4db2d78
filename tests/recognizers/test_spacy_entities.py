def test_street_names_inside_an_address_are_not_people(analyzer):
    text = "The shelter is at 1668 Glyn St, Highveld."
    people = [text[r.start:r.end] for r in analyzer.analyze(text=text, language="en") if r.entity_type == "PERSON"]
    assert people == []


def test_people_outside_the_address_stay(found):
    text = "Maria Lopez moved to 88 Oak Lane"
    assert "Maria Lopez" in found(text, "PERSON")
    assert "88 Oak Lane" in found(text, "STREET_ADDRESS")
