

# ================================================================= main
ALL = [
    (M101, build_bold), (M102, build_ef), (M103, build_national), (M104, build_bold),
    (M105, build_ef), (M106, build_national), (M107, build_bold), (M108, build_ef),
    (M109, build_national), (M110, build_bold), (M111, build_ef), (M112, build_national),
]

if __name__ == "__main__":
    for plan, fn in ALL:
        fn(plan)
        print("wrote", plan["file"])
