(function(){var b=document.getElementById('boot-reload');if(b){b.hidden=false;b.onclick=function(){location.reload()}}})();
