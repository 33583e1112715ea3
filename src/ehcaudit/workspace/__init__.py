"""The audit group's workspace (``ehcaudit serve``): auditors grade, a lead moderates, and
agreement between the tool and the auditors is measured. See :mod:`ehcaudit.workspace.app`."""
