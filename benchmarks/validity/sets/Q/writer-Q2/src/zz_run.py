
# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def main():
    import os, yaml
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "plans")
    os.makedirs(out, exist_ok=True)
    entries = []
    for plan in PLANS:
        doc = RENDER[plan["layout"]](plan)
        doc.save(os.path.join(out, plan["file"]))
        k = KEY[plan["file"]]
        labels = {c: "pass" for c in CRITERIA}
        labels.update(k["over"])
        assert set(labels) == set(CRITERIA), plan["file"]
        why = {c: k["why"][c] for c in CRITERIA if c in k["why"]}
        for c, v in labels.items():
            if v == "fail":
                assert c in why, (plan["file"], c)
        entries.append(dict(file=plan["file"], layout=plan["layout"], age=k["age"], year_group=k["year_group"],
                            needs=k["needs"], voice=k["voice"], labels=labels, why=why))
    with open(os.path.join(here, "labels.yaml"), "w") as f:
        import datetime
        yaml.safe_dump({"audit_date": datetime.date(2026, 12, 1), "plans": entries}, f, sort_keys=False, allow_unicode=True, width=200)
    print("wrote", len(entries), "plans")


if __name__ == "__main__":
    main()
