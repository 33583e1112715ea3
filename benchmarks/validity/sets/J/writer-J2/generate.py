"""Generator for blind test set J2: 12 fictional EHC plans (North East city council house style).

Run: /work/blind/.venv-J2/bin/python generate.py
Writes plans/j201.docx ... plans/j212.docx and labels.yaml.
Layouts: heading2-numbered (j201, j204, j207, j210), letter-column (j202, j205, j208, j211),
shaded-heading-table (j203, j206, j209, j212).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import RENDER  # noqa: E402
from plans_a import PLANS_A  # noqa: E402
from plans_b import PLANS_B  # noqa: E402
from labels import write_labels  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))


def main():
    os.makedirs(os.path.join(OUT, "plans"), exist_ok=True)
    plans = PLANS_A + PLANS_B
    plans.sort(key=lambda p: p["file"])
    for plan in plans:
        RENDER[plan["layout"]](plan, os.path.join(OUT, "plans", plan["file"]))
        print("wrote", plan["file"], plan["layout"])
    write_labels(plans, os.path.join(OUT, "labels.yaml"))


if __name__ == "__main__":
    main()
