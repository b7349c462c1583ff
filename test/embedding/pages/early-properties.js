// A page builder that sets properties before our script has loaded: the
// elements must keep them once they upgrade.
document.getElementById('signs').emergencyNumber = '112';
document.getElementById('steps').steps = '5,8';
document.getElementById('banner').phone = '988';
