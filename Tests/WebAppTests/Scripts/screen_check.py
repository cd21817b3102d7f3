#!/usr/bin/python3
"""The info screens in a real browser, as they hang in a waiting room (Debian's chromium + chromedriver + python3-selenium).

Starts the real `tilbud serve` on a free loopback port over a copy of the bundled catalogue. A
1920×1080 headless Chromium shows /skaerm/borgerservice: the first offer in large type, a QR code
that Debian's zbarimg reads to the offer's own address (which opens the offer's page), then the
second offer on its own. Meanwhile an administrator (the account in --tilstand, its password in
$TILBUD_ADGANGSKODE) shortens the screen to two offers with a preview in Redaktionen, rewrites an
offer's short text and ends it; the screen, never touched, follows each change within its refresh
interval (?opdater=2, so the check need not wait the usual half minute) and holds the same elements
throughout. axe-core checks the screen and Redaktionen's screen pages; a browser without JavaScript
sees the page move to the next offer by itself. Screenshots go to --artefacts.

Exits 0 when everything holds; otherwise prints what failed and exits 1.
Usage: screen_check.py --tilbud PATH --catalog DIR --index DIR --tilstand DIR --bruger NAVN --artefacts DIR --axe AXE.MIN.JS
"""
import argparse
import os
import subprocess
import sys
import urllib.request

from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from browser_check import axe_violations, browser, browser_errors, start_server, stop_server  # noqa: E402
from formlib import CheckFailed, check  # noqa: E402

ZBARIMG = "/usr/bin/zbarimg"
HANG_GUARD = 120  # seconds; each wait ends as soon as its condition holds
FIRST = ("forloebsprogrammer", "Forløbsprogrammer for borgere med kronisk sygdom")
SECOND = ("rygestopkursus", "Rygestopkursus")
NEW_SUMMARY = "Rygestopkurser i Ishøj, rettet i Redaktionen."


def wait_for(driver, condition, message):
    try:
        WebDriverWait(driver, HANG_GUARD, poll_frequency=0.25,
                      ignored_exceptions=(StaleElementReferenceException,)).until(lambda d: condition(d))
    except TimeoutException:
        raise CheckFailed("ventede forgæves på: " + message)
    print("OK:", message, flush=True)


def text(driver, element_id):
    return driver.find_element(By.ID, element_id).text


def shown(driver):
    """The offer the screen shows: its id, name, short text and counter, read in one step."""
    return driver.execute_script(
        "return [document.getElementById('s-indhold').getAttribute('data-id'), document.getElementById('s-navn').textContent,"
        " document.getElementById('s-kort').textContent, document.getElementById('s-nr').textContent]")


def display(javascript=True):
    """A browser whose page is exactly 1920×1080, as on the screen (a window's frame takes some of its size)."""
    driver = browser(javascript=javascript, width=1920, height=1080)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
    return driver


def element_count(driver):
    return driver.execute_script("return document.getElementsByTagName('*').length")


def decoded(driver, artefacts, name):
    """A screenshot of the whole screen, and what zbarimg reads in it."""
    path = os.path.join(artefacts, name)
    driver.save_screenshot(path)
    result = subprocess.run([ZBARIMG, "--quiet", "--raw", path], capture_output=True, text=True)
    return result.stdout.strip()


def opens(address, name):
    """The address a phone would open, asked over HTTP: the offer's own page."""
    with urllib.request.urlopen(address) as response:
        page = response.read().decode("utf-8")
    return response.status == 200 and ("<h1>%s" % name) in page


def first_offers(screen, base, artefacts):
    screen.get(base + "/skaerm/borgerservice?opdater=2")
    size = screen.execute_script("return [window.innerWidth, window.innerHeight]")
    check(size == [1920, 1080], "skærmen er 1920×1080 (%s)" % size)
    check(shown(screen)[:2] == list(FIRST), "skærmen viser første tilbud: %s" % shown(screen)[1])
    sizes = screen.execute_script(
        "return ['s-navn', 's-kort', 's-for-tekst'].map(i => parseFloat(getComputedStyle(document.getElementById(i)).fontSize))")
    check(sizes[0] >= 80 and sizes[1] >= 48 and sizes[2] >= 40, "stor skrift, der kan læses på tre meters afstand: %s px" % sizes)
    fits = screen.execute_script(
        "var q = document.getElementById('s-qr').getBoundingClientRect();"
        "return document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth"
        " && q.bottom <= innerHeight && q.right <= innerWidth && q.width >= 400")
    check(fits, "alt står på skærmen uden rulning, QR-koden mindst 400 px")
    read = decoded(screen, artefacts, "skaerm-borgerservice.png")
    check(read == base + "/tilbud/" + FIRST[0], "zbarimg læser QR-koden i skærmbilledet som tilbuddets adresse: %s" % read)
    check(opens(read, FIRST[1]), "adressen i QR-koden åbner tilbuddets side")
    count = element_count(screen)
    wait_for(screen, lambda d: shown(d)[:2] == list(SECOND), "skærmen skifter selv til andet tilbud (Rygestopkursus)")
    read = decoded(screen, artefacts, "skaerm-borgerservice-2.png")
    check(read == base + "/tilbud/" + SECOND[0], "QR-koden skifter med tilbuddet: %s" % read)
    return count


def log_in(editor, base, user, password):
    editor.get(base + "/redaktion/log-ind")
    editor.find_element(By.ID, "brugernavn").send_keys(user)
    editor.find_element(By.ID, "adgangskode").send_keys(password)
    editor.find_element(By.CSS_SELECTOR, "form.log-ind button[type=submit]").click()
    wait_for(editor, lambda d: d.current_url.endswith("/redaktion"), "administratoren er logget ind")


def button(driver, label):
    driver.find_element(By.XPATH, "//button[text()='%s']" % label).click()


def shorten_screen(editor, screen, base, artefacts, axe):
    editor.get(base + "/redaktion")
    editor.find_element(By.LINK_TEXT, "Infoskærmene").click()
    wait_for(editor, lambda d: d.current_url.endswith("/redaktion/skaerme"), "Infoskærmene åbnes fra administratorens side")
    editor.save_screenshot(os.path.join(artefacts, "redaktion-skaerme.png"))
    editor.find_element(By.CSS_SELECTOR, "a[href='/redaktion/skaerme/borgerservice']").click()
    wait_for(editor, lambda d: "Infoskærm: Borgerservice" in d.page_source, "skærmens formular åbnes")
    seconds = editor.find_element(By.ID, "felt-sekunder")
    seconds.clear()
    seconds.send_keys("5")
    for field in editor.find_elements(By.CSS_SELECTOR, "table.skaerm-valg input"):
        field.clear()
    editor.find_element(By.ID, "plads-" + FIRST[0]).send_keys("1")
    editor.find_element(By.ID, "plads-" + SECOND[0]).send_keys("2")
    button(editor, "Vis forhåndsvisning")
    wait_for(editor, lambda d: "Skærmen viser 2 tilbud på skift, 5 sekunder hver" in d.page_source,
             "forhåndsvisningen viser skærmen med to tilbud, før den gemmes")
    frames = [e.text for e in editor.find_elements(By.CSS_SELECTOR, ".forhaandsvisning .skaerm-navn")]
    check(frames == [FIRST[1], SECOND[1]], "forhåndsvisningen har de to tilbud i rækkefølge: %s" % frames)
    check(shown(screen)[3].endswith("af 7"), "skærmen er uændret, til der gemmes")
    editor.set_window_size(1280, 1600)
    editor.save_screenshot(os.path.join(artefacts, "redaktion-skaerm-formular.png"))
    with open(axe) as handle:
        version, violations = axe_violations(editor, handle.read())
    check(not violations, "axe-core %s: ingen brud på skærmens formular med forhåndsvisning %s" % (version, violations))
    editor.set_window_size(1280, 900)
    button(editor, "Gem skærmen")
    wait_for(editor, lambda d: "Gemt. Skærmen viser ændringen inden for et minut." in d.page_source, "skærmen gemmes")
    wait_for(screen, lambda d: shown(d)[3].endswith("af 2"), "skærmen viser nu kun de to tilbud, uden at nogen rører den")


def save_offer(editor, base, offer, change, message):
    editor.get(base + "/redaktion/tilbud/" + offer)
    change(editor)
    button(editor, "Gem tilbuddet")
    wait_for(editor, lambda d: "Gemt." in d.page_source, message)


def follow_offer_changes(editor, screen, base):
    def new_summary(d):
        field = d.find_element(By.ID, "felt-kort")
        field.clear()
        field.send_keys(NEW_SUMMARY)
    save_offer(editor, base, SECOND[0], new_summary, "tilbuddets korte tekst rettes i Redaktionen")
    wait_for(screen, lambda d: shown(d)[1:3] == [SECOND[1], NEW_SUMMARY], "skærmen viser den rettede tekst")
    save_offer(editor, base, SECOND[0], lambda d: Select(d.find_element(By.ID, "felt-status")).select_by_value("ophoert"),
               "tilbuddet afsluttes (ophørt) i Redaktionen")
    wait_for(screen, lambda d: shown(d)[0] == FIRST[0] and shown(d)[3] == "1 af 1", "det ophørte tilbud forsvinder fra skærmen")
    ids = screen.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "fetch(document.getElementById('skaerm').getAttribute('data-kilde')).then(r => r.json())"
        ".then(j => done(j.tilbud.map(t => t.id)), e => done(String(e)));")
    check(ids == [FIRST[0]], "skærmens data har kun det aktive tilbud: %s" % ids)


def accessibility(screen, editor, base, axe):
    with open(axe) as handle:
        source = handle.read()
    for driver, address in [(screen, None), (screen, "/skaerm/findes-ikke"), (editor, "/redaktion/skaerme"),
                            (editor, "/redaktion/skaerme/ny")]:
        if address:
            driver.get(base + address)
        version, violations = axe_violations(driver, source)
        check(not violations, "axe-core %s: ingen brud på %s %s" % (version, address or "skærmen, mens den kører", violations))


def without_javascript(base, artefacts):
    driver = display(javascript=False)
    try:
        # Rygestopkurset, kantinens første, is ended by now: the forløbsprogrammer come first.
        driver.get(base + "/skaerm/kantinen")
        check(shown(driver)[0] == FIRST[0] and shown(driver)[3] == "1 af 5", "uden JavaScript: kantinens første aktive tilbud")
        wait_for(driver, lambda d: "nr=1" in d.current_url and shown(d)[0] == "pitstop-paaroerendetilbud" and shown(d)[3] == "2 af 5",
                 "uden JavaScript henter siden selv det næste tilbud")
        driver.save_screenshot(os.path.join(artefacts, "skaerm-uden-javascript.png"))
    finally:
        driver.quit()


def main():
    arguments = argparse.ArgumentParser()
    for name in ["--tilbud", "--catalog", "--index", "--tilstand", "--bruger", "--artefacts", "--axe"]:
        arguments.add_argument(name, required=True)
    options = arguments.parse_args()
    os.makedirs(options.artefacts, exist_ok=True)
    for program in ("/usr/bin/chromium", "/usr/bin/chromedriver", ZBARIMG):
        if not os.access(program, os.X_OK):
            print("FEJL: %s mangler; kør scripts/install-deps test" % program)
            return 1
    server, base = start_server(options.tilbud, options.catalog, options.index, options.tilstand)
    screen = editor = None
    try:
        screen = display()
        editor = browser()
        count = first_offers(screen, base, options.artefacts)
        log_in(editor, base, options.bruger, os.environ["TILBUD_ADGANGSKODE"])
        shorten_screen(editor, screen, base, options.artefacts, options.axe)
        follow_offer_changes(editor, screen, base)
        check(element_count(screen) == count, "skærmen har de samme %d elementer efter alle skift (intet hober sig op)" % count)
        errors = browser_errors(screen)
        check(not errors, "skærmens browser meldte ingen fejl (fx brud på Content-Security-Policy): %s" % errors)
        accessibility(screen, editor, base, options.axe)
        without_javascript(base, options.artefacts)
        return 0
    except CheckFailed as failure:
        print("FEJL:", failure)
        for driver, name in [(screen, "skaerm-fejl.png"), (editor, "redaktion-skaerm-fejl.png")]:
            if driver:
                driver.save_screenshot(os.path.join(options.artefacts, name))
        return 1
    finally:
        for driver in (screen, editor):
            if driver:
                driver.quit()
        stop_server(server)


if __name__ == "__main__":
    sys.exit(main())
