"""What goes into the wheel; everything else about the project is in pyproject.toml.

The translations (i18n/) and fonts (resources/) live at the repository's top level, where
translators and designers find them; the wheel carries them inside the package, as
``minime_admin/i18n`` and ``minime_admin/resources`` (minime_admin/bundled.py finds both).
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["minime_admin", "minime_admin.*"]),
        "minime_admin.i18n",
        "minime_admin.resources.fonts",
        "minime_admin.resources.icons",
    ],
    package_dir={
        "minime_admin.i18n": "i18n",
        "minime_admin.resources.fonts": "resources/fonts",
        "minime_admin.resources.icons": "resources/icons",
    },
    package_data={
        "minime_admin.i18n": ["*.qm", "*.ts"],
        "minime_admin.resources.fonts": ["*.ttf", "*.txt"],
        "minime_admin.resources.icons": ["*.svg", "*.png", "*.ico", "*.icns"],
        "minime_admin.store": ["migrations/*.py", "migrations/*.mako", "migrations/versions/*.py"],
    },
)
